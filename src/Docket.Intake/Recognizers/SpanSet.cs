namespace Docket.Intake.Recognizers;

/// <summary>Ranges already claimed by one recognizer, so that another does not read the same text twice
/// (the "2022" of a date is not a count). Lookups are logarithmic.</summary>
internal sealed class SpanSet
{
    private readonly (int Start, int End)[] _ranges;
    private readonly int[] _maxEnd;

    public SpanSet(IEnumerable<(int Start, int End)> ranges)
    {
        _ranges = [.. ranges.OrderBy(r => r.Start)];
        _maxEnd = new int[_ranges.Length];
        var max = 0;
        for (var i = 0; i < _ranges.Length; i++)
        {
            max = Math.Max(max, _ranges[i].End);
            _maxEnd[i] = max;
        }
    }

    /// <summary>True when <c>[start, end)</c> overlaps a claimed range.</summary>
    public bool Overlaps(int start, int end)
    {
        // Last range that starts before `end`; every earlier range ends by _maxEnd[index].
        int lo = 0, hi = _ranges.Length - 1, index = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_ranges[mid].Start < end)
            {
                index = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return index >= 0 && _maxEnd[index] > start;
    }
}
