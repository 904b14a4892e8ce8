using System.Text;
using Bocage.Kernel.Files;

namespace Bocage.Kernel.Tests.Files;

public sealed class FileSnifferTests
{
    [Fact]
    public void A_real_PDF_is_a_PDF_and_nothing_else()
    {
        var pdf = SampleFiles.Pdf();

        Assert.True(FileSniffer.Matches(FileKind.Pdf, pdf));
        Assert.False(FileSniffer.Matches(FileKind.Png, pdf));
        Assert.False(FileSniffer.Matches(FileKind.Xlsx, pdf));
    }

    [Fact]
    public void A_PNG_is_not_a_PDF_whatever_its_name()
    {
        var png = SampleFiles.Png();

        Assert.True(FileSniffer.Matches(FileKind.Png, png));
        Assert.False(FileSniffer.Matches(FileKind.Pdf, png));
        Assert.False(FileSniffer.Matches(FileKind.Text, png));
    }

    [Fact]
    public void A_JPEG_is_known_by_its_start_of_image_marker()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

        Assert.True(FileSniffer.Matches(FileKind.Jpeg, jpeg));
        Assert.False(FileSniffer.Matches(FileKind.Jpeg, SampleFiles.Png()));
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("elf")]
    public void An_executable_is_no_kind_of_document(string which)
    {
        var executable = which == "exe" ? SampleFiles.Exe() : SampleFiles.Elf();

        Assert.All(FileKinds.All, kind =>
            Assert.False(FileSniffer.Matches(kind.Kind, executable), $"accepted as {kind.Name}")
        );
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\"></gpx>", true)]
    [InlineData("\uFEFF  <gpx xmlns=\"http://www.topografix.com/GPX/1/1\"></gpx>", true)]
    [InlineData("<?xml version=\"1.0\"?><kml></kml>", false)]
    [InlineData("lat,lon\n50,4", false)]
    public void A_gpx_is_an_xml_text_starting_with_its_gpx_element(string text, bool isGpx)
    {
        Assert.Equal(isGpx, FileSniffer.Matches(FileKind.Gpx, Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_glb_is_a_binary_gltf_2_whose_header_tells_its_own_length()
    {
        byte[] json = [.. "{}  "u8];
        byte[] glb = [.. "glTF"u8, 2, 0, 0, 0, 24, 0, 0, 0, 4, 0, 0, 0, .. "JSON"u8, .. json];
        var truncated = glb[..20];
        byte[] version1 = [.. glb[..4], 1, .. glb[5..]];

        Assert.True(FileSniffer.Matches(FileKind.Glb, glb));
        Assert.False(FileSniffer.Matches(FileKind.Glb, truncated));
        Assert.False(FileSniffer.Matches(FileKind.Glb, version1));
        Assert.False(FileSniffer.Matches(FileKind.Glb, SampleFiles.Png()));
    }

    [Fact]
    public void An_xlsx_is_a_zip_with_its_content_types_and_workbook()
    {
        var xlsx = SampleFiles.Xlsx();

        Assert.True(FileSniffer.Matches(FileKind.Xlsx, xlsx));
        Assert.False(FileSniffer.Matches(FileKind.Docx, xlsx));
        Assert.False(FileSniffer.Matches(FileKind.Odt, xlsx));
    }

    [Fact]
    public void A_zip_without_a_workbook_or_with_macros_is_no_xlsx()
    {
        var plainZip = SampleFiles.Zip(("[Content_Types].xml", "<Types/>"), ("notes.txt", "bonjour"));
        var macros = SampleFiles.Zip(
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", "<workbook/>"),
            ("xl/vbaProject.bin", "macro")
        );

        Assert.False(FileSniffer.Matches(FileKind.Xlsx, plainZip));
        Assert.False(FileSniffer.Matches(FileKind.Xlsx, macros));
    }

    [Fact]
    public void A_truncated_zip_is_refused_rather_than_thrown()
    {
        var truncated = SampleFiles.Xlsx()[..40];

        Assert.False(FileSniffer.Matches(FileKind.Xlsx, truncated));
    }

    [Fact]
    public void Docx_and_odt_are_told_apart_by_their_inner_entries()
    {
        Assert.True(FileSniffer.Matches(FileKind.Docx, SampleFiles.Docx()));
        Assert.False(FileSniffer.Matches(FileKind.Odt, SampleFiles.Docx()));
        Assert.True(FileSniffer.Matches(FileKind.Odt, SampleFiles.Odt()));
        Assert.False(FileSniffer.Matches(FileKind.Ods, SampleFiles.Odt()));
        Assert.False(FileSniffer.Matches(FileKind.Docx, SampleFiles.Odt()));
    }

    [Fact]
    public void A_UTF8_CSV_with_accents_and_byte_order_mark_is_a_CSV()
    {
        var csv = new byte[] { 0xEF, 0xBB, 0xBF }
            .Concat(SampleFiles.Utf8("commune;population\nFéron;540\nWignehies;2788\n"))
            .ToArray();

        Assert.True(FileSniffer.Matches(FileKind.Csv, csv));
    }

    [Fact]
    public void A_CSV_saved_in_Windows_1252_is_refused()
    {
        var latin1 = Encoding.Latin1.GetBytes("commune;population\nFéron;540\n");

        Assert.False(FileSniffer.Matches(FileKind.Csv, latin1));
    }

    [Fact]
    public void Text_with_a_NUL_byte_is_refused()
    {
        var text = SampleFiles.Utf8("compte rendu\0 du conseil");

        Assert.False(FileSniffer.Matches(FileKind.Text, text));
        Assert.True(FileSniffer.Matches(FileKind.Text, SampleFiles.Utf8("compte rendu du conseil")));
    }

    [Fact]
    public void JSON_must_parse_and_GeoJSON_must_name_its_type()
    {
        var geo = SampleFiles.Utf8("""{"type":"FeatureCollection","features":[]}""");
        var array = SampleFiles.Utf8("[1, 2, 3]");

        Assert.True(FileSniffer.Matches(FileKind.GeoJson, geo));
        Assert.True(FileSniffer.Matches(FileKind.Json, array));
        Assert.False(FileSniffer.Matches(FileKind.GeoJson, array));
        Assert.False(FileSniffer.Matches(FileKind.Json, SampleFiles.Utf8("{\"type\": ")));
    }
}
