using Microsoft.Extensions.Localization;

namespace Bocage.OpenData.Domain.Validation;

/// <summary>
/// The sentences of a validation report in the language of the request (Report_… texts of the engine).
/// What comes from the producer's file (cells, column names, patterns) is quoted as it is.
/// </summary>
internal sealed class ReportMessages(IStringLocalizer text)
{
    public string Required => text["Report_Required"];

    public string NotInteger(string cell) => text["Report_NotInteger", cell];

    public string NotNumber(string cell) => text["Report_NotNumber", cell];

    public string NotDate(string cell) => text["Report_NotDate", cell];

    public string NotBoolean(string cell) => text["Report_NotBoolean", cell];

    public string Pattern(string cell, string pattern) => text["Report_Pattern", cell, pattern];

    public string NotAllowed(string cell, string allowed) => text["Report_NotAllowed", cell, allowed];

    public string TooLong(int max) => text["Report_TooLong", max];

    public string BelowMinimum(string cell, double min) => text["Report_BelowMinimum", cell, min];

    public string AboveMaximum(string cell, double max) => text["Report_AboveMaximum", cell, max];

    public string TooShort(int min) => text["Report_TooShort", min];

    public string NotEmail(string cell) => text["Report_NotEmail", cell];

    public string NotUri(string cell) => text["Report_NotUri", cell];

    public string BooleanWords(string cell, string yes, string no) => text["Report_BooleanWords", cell, yes, no];

    public string NotSiret(string cell) => text["Report_NotSiret", cell];

    public string OneOfRequired(string first, string second) => text["Report_OneOfRequired", first, second];

    public string YearInterval(string cell) => text["Report_YearInterval", cell];

    public string Cohesive(IEnumerable<string> columns) => text["Report_Cohesive", string.Join(", ", columns)];

    public string Compare(string column, string value, string op, string other, string otherValue) =>
        text["Report_Compare", column, value, op, other, otherValue];

    public string Sum(string column, string value, IEnumerable<string> columns, double sum) =>
        text["Report_Sum", column, value, string.Join(" + ", columns), sum];

    public string NotActes(string cell, IEnumerable<string> subjects) =>
        text["Report_NotActes", cell, string.Join(", ", subjects)];

    public string PointNotNumbers => text["Report_PointNotNumbers"];

    public string Outside => text["Report_Outside"];

    public string NoGeometry => text["Report_NoGeometry"];

    public string NoCoordinates => text["Report_NoCoordinates"];

    public string EmptyCsv => text["Report_EmptyCsv"];

    public string EmptyXlsx => text["Report_EmptyXlsx"];

    public string UnreadableXlsx => text["Report_UnreadableXlsx"];

    public string XlsxMacros => text["Report_XlsxMacros"];

    public string XlsxTooLarge(long megabytes) => text["Report_XlsxTooLarge", megabytes];

    public string XlsxTooManyCells(long cells) => text["Report_XlsxTooManyCells", cells];

    public string UnknownFormat => text["Report_UnknownFormat"];

    public string BadGeoJson(long line) => text["Report_BadGeoJson", line];

    public string NotFeatureCollection => text["Report_NotFeatureCollection"];

    public string ReadingCsv(string encoding, char separator) =>
        text[
            "Report_ReadingCsv",
            encoding == TextDecoding.Utf8WithBom ? text["Report_Utf8Bom"] : encoding,
            Separator(separator)
        ];

    public string ReadingXlsx => text["Report_ReadingXlsx"];

    public string ReadingGeoJson(int features) => text["Report_ReadingGeoJson", features];

    public string ReadingPoints(string reading) => text["Report_ReadingPoints", reading];

    public string NoRows => text["Report_NoRows"];

    public string DuplicateColumns(IEnumerable<string> names) =>
        text["Report_DuplicateColumns", string.Join(", ", names)];

    public string MissingColumns(IEnumerable<string> names) => text["Report_MissingColumns", string.Join(", ", names)];

    public string UnknownColumns(IEnumerable<string> names) => text["Report_UnknownColumns", string.Join(", ", names)];

    public string CellCount(int cells, int headers) => text["Report_CellCount", cells, headers];

    private string Separator(char separator) =>
        separator switch
        {
            ';' => text["Report_Semicolon"],
            ',' => text["Report_Comma"],
            '\t' => text["Report_Tab"],
            _ => text["Report_Pipe"],
        };
}
