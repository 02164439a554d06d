using LpipSite.Core.Search;

namespace LpipSite.Core.Tests.Search;

public class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-1d, "-1")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.001, "0.001")]
    [InlineData(123.456, "123.456")]
    [InlineData(100d, "100")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.2345e-7, "1.2345e-7")]
    [InlineData(-1e-7, "-1e-7")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(0.8999999999999999, "0.8999999999999999")]
    [InlineData(1d / 3, "0.3333333333333333")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Numbers_format_like_JavaScript_String(double value, string expected) =>
        Assert.Equal(expected, JsNumber.ToJsString(value));

    [Fact]
    public void Negative_zero_formats_as_zero() => Assert.Equal("0", JsNumber.ToJsString(-0d));

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.5, 1)]
    [InlineData(-0.5, 0)]
    [InlineData(1.4999999999999998, 1)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(980.5, 981)]
    [InlineData(4503599627370497d, 4503599627370497d)]
    public void Round_rounds_halves_towards_positive_infinity_like_Math_round(double value, double expected) =>
        Assert.Equal(expected, JsNumber.Round(value));
}
