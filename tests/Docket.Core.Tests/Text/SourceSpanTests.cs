using Docket.Core.Text;
using Xunit;

namespace Docket.Core.Tests.Text;

public sealed class SourceSpanTests
{
    [Theory]
    [InlineData(-1, 0, 1, 1)]
    [InlineData(5, 4, 1, 1)]
    [InlineData(0, 1, 0, 1)]
    [InlineData(0, 1, 1, 0)]
    public void Constructor_Invalid_Throws(int start, int end, int line, int column) =>
        Assert.Throws<ArgumentException>(() => new SourceSpan(start, end, line, column));

    [Fact]
    public void Slice_ReturnsCoveredText() => Assert.Equal("Guard", new SourceSpan(4, 9, 1, 5).Slice("DataGuard!"));

    [Fact]
    public void Length_IsEndMinusStart() => Assert.Equal(3, new SourceSpan(2, 5, 1, 3).Length);
}
