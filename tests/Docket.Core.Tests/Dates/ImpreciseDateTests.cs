using Docket.Core.Dates;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace Docket.Core.Tests.Dates;

public sealed class ImpreciseDateTests
{
    public static TheoryData<ImpreciseDate, string, string, string> Bounds => new()
    {
        { ImpreciseDate.ForYear(2022), "2022-01-01", "2022-12-31", "2022" },
        { ImpreciseDate.ForMonth(2024, 2), "2024-02-01", "2024-02-29", "2024-02" },
        { ImpreciseDate.ForMonth(2023, 2), "2023-02-01", "2023-02-28", "2023-02" },
        { ImpreciseDate.ForQuarter(2023, 3), "2023-07-01", "2023-09-30", "2023" },
        { ImpreciseDate.ForDay(new LocalDate(2023, 3, 14)), "2023-03-14", "2023-03-14", "2023-03-14" },
        { new ImpreciseDate(new LocalDate(2023, 4, 1), new LocalDate(2023, 6, 30), DatePrecision.Range, DateQualifier.On), "2023-04-01", "2023-06-30", "2023" },
        { new ImpreciseDate(new LocalDate(2023, 6, 11), new LocalDate(2023, 6, 20), DatePrecision.Month, DateQualifier.About), "2023-06-11", "2023-06-20", "2023-06" },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void Factory_Bounds_AreInclusiveAndValueMatchesPrecision(ImpreciseDate date, string earliest, string latest, string value)
    {
        Assert.Equal((earliest, latest, value), (date.Earliest.ToString("yyyy-MM-dd", null), date.Latest.ToString("yyyy-MM-dd", null), date.Value));
    }

    [Fact]
    public void Constructor_LatestBeforeEarliest_Throws() =>
        Assert.Throws<ArgumentException>(() => new ImpreciseDate(new LocalDate(2023, 2, 1), new LocalDate(2023, 1, 1), DatePrecision.Range, DateQualifier.On));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void ForQuarter_OutOfRange_Throws(int quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ImpreciseDate.ForQuarter(2023, quarter));

    [Fact]
    public void WithQualifier_ReturnsCopyWithSameBounds()
    {
        var june = ImpreciseDate.ForMonth(2022, 6);
        var by = june.WithQualifier(DateQualifier.By);
        Assert.Equal((june.Earliest, june.Latest, DateQualifier.By), (by.Earliest, by.Latest, by.Qualifier));
        Assert.Equal(DateQualifier.On, june.Qualifier);
    }

    [FsCheck.Xunit.Property]
    public Property Compare_MonthSortsBeforeEveryDayInside() =>
        Prop.ForAll(Gen.Choose(1990, 2060).Zip(Gen.Choose(1, 12)).Zip(Gen.Choose(1, 28)).ToArbitrary(), t =>
        {
            var ((year, month), day) = t;
            var whole = ImpreciseDate.ForMonth(year, month);
            var inside = ImpreciseDate.ForDay(new LocalDate(year, month, day));
            return ImpreciseDate.Compare(whole, inside) < 0 && ImpreciseDate.Compare(inside, whole) > 0 && ImpreciseDate.Compare(whole, whole) == 0;
        });
}
