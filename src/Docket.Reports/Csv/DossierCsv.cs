using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Docket.Reports.Dossiers;

namespace Docket.Reports.Csv;

/// <summary>The dossier's two tables for spreadsheets: the chronology and the exhibit index (RFC 4180, a header row).</summary>
public static class DossierCsv
{
    /// <summary>Every dated fact in order, with its range of days, its source and who asserts it.</summary>
    public static string Chronology(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Write(["id", "date", "earliest", "latest", "precision", "qualifier", "kind", "summary", "asserted_by", "standing", "issue", "source"],
            dossier.Chronology.Facts.Select(f => new[]
            {
                f.Id, f.DateText, f.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                f.Precision, f.Qualifier, f.Kind, f.Summary, dossier.AssertedBy(f), f.Standing,
                f.Issue?.ToString(CultureInfo.InvariantCulture), DossierBuilder.Source(f.Span, f.Entry),
            }));
    }

    /// <summary>Every evidence entry with its SHA-256, sequence and inclusion proof (hashes separated by spaces).</summary>
    public static string Exhibits(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Write(["exhibit", "sequence", "file_name", "sha256", "submitted_by", "shows", "leaf_hash", "tree_size", "root_hash", "inclusion_proof", "verified"],
            dossier.Exhibits.Select(x => new[]
            {
                x.Id, x.Sequence.ToString(CultureInfo.InvariantCulture), x.FileName, x.Sha256, x.SubmittedBy, x.Shows, x.LeafHash,
                x.TreeSize.ToString(CultureInfo.InvariantCulture), dossier.Cover.Ledger?.RootHash, string.Join(' ', x.Proof), x.Verified ? "true" : "false",
            }));
    }

    private static string Write(string[] header, IEnumerable<string?[]> rows)
    {
        // A narrative cell starting with = + - @ would be a formula to a spreadsheet: CsvHelper's injection guard escapes it.
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var h in header)
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
