namespace SakipAnalytics.Model.Analysis.Lkjip;

/// <summary>One PK Perubahan of an indicator: the target as printed (21; 80–90; BB) and the day it took effect.</summary>
public sealed record PkRevision(string Target, DateOnly From);
