using Docket.Core.Amounts;
using Xunit;

namespace Docket.Core.Tests.Amounts;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U$D")]
    public void Constructor_InvalidCurrency_Throws(string currency) =>
        Assert.Throws<ArgumentException>(() => new Money(1m, currency));

    [Fact]
    public void ToString_ShowsCodeAndGroupedAmount() => Assert.Equal("GBP 3,076,320", new Money(3_076_320m, "GBP").ToString());

    [Fact]
    public void Equality_IsByAmountAndCurrency()
    {
        Assert.Equal(new Money(1.50m, "EUR"), new Money(1.5m, "EUR"));
        Assert.NotEqual(new Money(1m, "EUR"), new Money(1m, "USD"));
    }
}
