using Docket.Intake.Binding;
using Xunit;

namespace Docket.Intake.Tests.Binding;

/// <summary>Who writes a first-person narrative, and to whom; "we" and "you" then count as their mentions.</summary>
public sealed class NarratorTests
{
    private static List<PartyCandidate> Parties(params string[] names) => [.. names.Select(n => new PartyCandidate(n, 0, n.Length))];

    [Fact]
    public void AnEmail_IsWrittenByThePartyInItsFromLine_ToThePartyInItsToLine()
    {
        const string text = "From: Dan <dan@tidewell-identity.co.uk>\nTo: Sarah <s@rennickhaulage.co.uk>\nSubject: x\n\nWe were to deliver MFA. We ran four sessions; your team postponed the rest. Our invoice is due.";
        var (writer, addressee) = Narrator.Find(text, Parties("Rennick Haulage Ltd", "Tidewell Identity Ltd"));
        Assert.Equal(1, writer);
        Assert.Equal(0, addressee);
        var mentions = Narrator.Mentions(text, [new Voice(0, text.Length, 1, 0)]).ToList();
        Assert.Equal(3, mentions.Count(m => m.PartyId == "P2")); // We, We, Our
        Assert.Equal("your", text[mentions.Single(m => m.PartyId == "P1").Start..mentions.Single(m => m.PartyId == "P1").End]);
    }

    [Fact]
    public void AMemo_IsWrittenByThePartyItsAuthorWorksFor()
    {
        const string text = "I have written this summary, as programme manager for Cobaltine Assurance Ltd, for the file. We signed the letter. We were to deliver a gap assessment. Our plan slipped.";
        Assert.Equal((0, (int?)null), Narrator.Find(text, Parties("Cobaltine Assurance Ltd", "Fenwick Moor Payroll plc")));
    }

    [Fact]
    public void AReport_IsWrittenByTheOrganisationItsDepartmentLineNames()
    {
        const string text = "# Post-Incident Review\n\n**Protea Bay Logistics (Pty) Ltd – IT Risk & Resilience**\n**For: the Board**\n\n"
            + "We bought backups from Kestrel Vault. Our own commitments were small. We did not pay the ransom.";
        Assert.Equal((0, (int?)null), Narrator.Find(text, Parties("Protea Bay Logistics (Pty) Ltd", "Kestrel Vault Technologies (Pty) Ltd")));
    }

    [Fact]
    public void AnInternalMemo_ToItsOwnBoard_IsWrittenByThatOrganisation()
    {
        const string text = "# Review\n\n**To:** Board of Directors, Halloran Foods Ltd (\"Halloran\")\n**From:** Office of the CISO\n\n"
            + "We signed with Brightcove Hosting. Our side was small. We agreed to follow their guidelines.";
        Assert.Equal((0, (int?)null), Narrator.Find(text, Parties("Halloran Foods Ltd", "Brightcove Hosting Ltd")));
    }

    [Fact]
    public void AnEmailToAnotherPartysBoard_IsNotAnInternalMemo()
    {
        const string text = "From: Ana <ana@example.org>\nTo: Board of Directors, Halloran Foods Ltd\n\nWe signed with Halloran. Our side was small. We paid.";
        Assert.Equal(((int?)null, (int?)0), Narrator.Find(text, Parties("Halloran Foods Ltd", "Brightcove Hosting Ltd")));
    }

    [Fact]
    public void AThirdPersonNarrative_HasNoWriter()
    {
        const string text = "On behalf of Northwind, counsel wrote to Halberd. Halberd replied that the work was done. Northwind disagreed.";
        Assert.Equal(((int?)null, (int?)null), Narrator.Find(text, Parties("Northwind", "Halberd")));
    }

    [Fact]
    public void AThread_HasAVoicePerMessage_AndItsQuotedLinesAreTheReadersOwnWords()
    {
        const string text = "From: Claire <claire@paysentry.eu>\nTo: Maarten <m@vondelwonen.nl>\n\n> Your reports dried up.\n\nCD: We published every report.\n\n"
            + "-----Original Message-----\nFrom: Maarten <m@vondelwonen.nl>\nTo: Claire <claire@paysentry.eu>\n\nYour reports dried up. We paid.";
        var voices = Narrator.Voices(text, Parties("Vondel Wonen B.V.", "PaySentry Europe B.V."));
        Voice At(string words) => voices.Single(v => v.Start <= text.IndexOf(words, StringComparison.Ordinal) && text.IndexOf(words, StringComparison.Ordinal) < v.End);
        Assert.Equal(new Voice(At("> Your").Start, At("> Your").End, 0, 1, Quoted: true), At("> Your"));
        Assert.Equal((1, 0, false), (At("CD: We").Writer, At("CD: We").Reader, At("CD: We").Quoted));
        Assert.Equal((0, 1), (At("We paid").Writer, At("We paid").Reader));
        var we = Narrator.Mentions(text, voices).Where(m => text[m.Start..m.End] == "We").Select(m => m.PartyId).ToList();
        Assert.Equal(["P2", "P1"], we);
    }
}
