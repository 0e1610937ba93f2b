using System.Globalization;
using System.Text;

namespace SakipAnalytics.Dashboards.Html;

/// <summary>A plain HTML table with a header row; rows and cells carry tooltips.</summary>
internal static class TableMarkup
{
    public static string Render(string id, IReadOnlyList<Column> columns, IEnumerable<Row> rows)
    {
        var html = new StringBuilder($"<table id=\"{id}\">\n<thead><tr>");

        foreach (var column in columns)
            html.Append(CultureInfo.InvariantCulture, $"<th{ClassOf(column)}>{HtmlText.Encode(column.Header)}</th>");

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
            html.Append(Render(row, columns));

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private static string Render(Row row, IReadOnlyList<Column> columns)
    {
        var cells = row.Cells.Select((cell, index) => Render(cell, columns[index]));

        return $"<tr title=\"{HtmlText.Attribute(row.Title)}\">{string.Concat(cells)}</tr>\n";
    }

    private static string Render(Cell cell, Column column)
    {
        var title = cell.Title is null ? "" : $" title=\"{HtmlText.Attribute(cell.Title)}\"";

        return $"<td{ClassOf(column)}{title}>{cell.Markup}</td>";
    }

    private static string ClassOf(Column column) => column.Class is null ? "" : $" class=\"{column.Class}\"";
}
