using Docket.Core.Delay;
using Docket.Core.Scheduling;
using Docket.Core.Scheduling.Files;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Scheduling;

/// <summary>Schedules read from JSON, CSV and Microsoft Project XML give the same network; bad files name the activity.</summary>
public sealed class ScheduleFileTests
{
    private const string Json = """
        {
          "schema": "docket.schedule/1", "name": "SIEM rollout", "start": "2024-01-01",
          "calendars": [ { "id": "office", "workingDays": ["mon", "tue", "wed", "thu", "fri"], "holidays": ["2024-01-01"] } ],
          "defaultCalendar": "office",
          "activities": [
            { "id": "A", "name": "Design", "duration": 3 },
            { "id": "ACC", "name": "Firewall access", "duration": 2, "responsible": "client" },
            { "id": "B", "name": "Onboard logs", "duration": 4, "constraint": { "kind": "start-no-earlier-than", "date": "2024-01-08" } }
          ],
          "links": [ { "from": "A", "to": "B" }, { "from": "ACC", "to": "B", "type": "SS", "lag": 1 } ],
          "events": [ { "id": "late-access", "description": "access given late", "party": "client", "duration": 5, "delays": "B" } ]
        }
        """;

    [Fact]
    public void Json_ReadsCalendarsConstraintsLinksAndEvents()
    {
        var input = ScheduleFile.Read("plan.json", Json);
        Assert.Equal(3, input.Schedule.Activities.Length);
        Assert.Equal(Responsibility.Client, input.Schedule.Activities[1].Responsible);
        Assert.Equal(new Link("ACC", "B", LinkType.StartToStart, 1), input.Schedule.Links[1]);
        Assert.Equal("B", Assert.Single(input.Events).Delays);
        var r = CriticalPathCalculator.Compute(input.Schedule);
        Assert.Equal((new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 4)), (r["A"].StartDate, r["A"].FinishDate));   // New Year's Day is a holiday
        Assert.Equal(new LocalDate(2024, 1, 8), r["B"].StartDate);
    }

    [Fact]
    public void Json_BadFields_NameTheActivityAndField()
    {
        var bad = Json.Replace("\"duration\": 3", "\"duration\": \"three\"", StringComparison.Ordinal).Replace("\"SS\"", "\"XX\"", StringComparison.Ordinal);
        var errors = Assert.Throws<ScheduleException>(() => ScheduleFile.Read("plan.json", bad)).Errors;
        Assert.Contains(errors, e => e.Where == "A" && e.Message.StartsWith("duration:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Where == "ACC -> B" && e.Message.Contains("'XX' is not FS, SS, FF or SF", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ReadsPredecessorsWithTypesAndLags()
    {
        const string csv = "ID,Name,Duration,Responsible,Predecessors,Planned Start\nA,Design,3,supplier,,2024-01-01\nB,Build,2,,A FS+1,\nC,Access,4,client,\"A; B SS-1\",\n";
        var input = ScheduleFile.Read("plan.csv", csv);
        Assert.Equal([new Link("A", "B", LinkType.FinishToStart, 1), new Link("A", "C"), new Link("B", "C", LinkType.StartToStart, -1)], input.Schedule.Links);
        Assert.Equal(new LocalDate(2024, 1, 1), input.Schedule.Start);
        Assert.Equal(6, CriticalPathCalculator.Compute(input.Schedule)["B"].EarlyFinish);
    }

    [Fact]
    public void Csv_BadRow_NamesRowAndActivity()
    {
        var errors = Assert.Throws<ScheduleException>(() => ScheduleFile.Read("plan.csv", "id,duration,planned_start\nA,x,2024-01-01\n")).Errors;
        Assert.Equal("A (row 2)", Assert.Single(errors).Where);
    }

    [Fact]
    public void MsProjectXml_ReadsTasksLinksCalendarsAndText1()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="http://schemas.microsoft.com/project">
              <Title>Rollout</Title><StartDate>2024-01-01T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
              <Calendars><Calendar><UID>1</UID><Name>Standard</Name>
                <WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay><WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays>
                <Exceptions><Exception><TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-01-01T23:59:00</ToDate></TimePeriod><DayWorking>0</DayWorking></Exception></Exceptions>
              </Calendar></Calendars>
              <Tasks>
                <Task><UID>0</UID><ID>0</ID><Name>Rollout</Name><Summary>1</Summary></Task>
                <Task><UID>10</UID><ID>1</ID><Name>Design</Name><Duration>PT24H0M0S</Duration></Task>
                <Task><UID>11</UID><ID>2</ID><Name>Access</Name><Duration>PT16H0M0S</Duration>
                  <ExtendedAttribute><FieldID>188743731</FieldID><Value>Client</Value></ExtendedAttribute>
                  <PredecessorLink><PredecessorUID>10</PredecessorUID><Type>3</Type><LinkLag>4800</LinkLag></PredecessorLink></Task>
                <Task><UID>12</UID><ID>3</ID><Name>Go-live</Name><Duration>PT0H0M0S</Duration><Milestone>1</Milestone>
                  <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>1</Type></PredecessorLink></Task>
              </Tasks>
            </Project>
            """;
        var input = ScheduleFile.Read("plan.xml", xml);
        Assert.Equal(["1", "2", "3"], input.Schedule.Activities.Select(a => a.Id));
        Assert.Equal((3, 2, 0), (input.Schedule.Activities[0].Duration, input.Schedule.Activities[1].Duration, input.Schedule.Activities[2].Duration));
        Assert.Equal(Responsibility.Client, input.Schedule.Activities[1].Responsible);
        Assert.Equal(new Link("1", "2", LinkType.StartToStart, 1), input.Schedule.Links[0]);
        var r = CriticalPathCalculator.Compute(input.Schedule);
        Assert.Equal(new LocalDate(2024, 1, 2), r["1"].StartDate);    // the holiday skipped
        Assert.Equal(new LocalDate(2024, 1, 4), r["2"].FinishDate);   // starts a working day after 1, runs two days
    }

    [Fact]
    public void UnknownFormat_AndNotMspdi_AreRefused()
    {
        Assert.Throws<ScheduleException>(() => ScheduleFile.Read("plan.mpp", "binary"));
        Assert.Throws<ScheduleException>(() => ScheduleFile.Read("plan.xml", "<Project/>"));
        Assert.Throws<ScheduleException>(() => ScheduleFile.Read("plan.xml", "<!DOCTYPE x [<!ENTITY a 'aaaa'>]><Project xmlns=\"http://schemas.microsoft.com/project\"/>"));
    }
}
