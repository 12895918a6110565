namespace Docket.Web.Contracts;

/// <summary>One page of a long list.</summary>
/// <param name="Items">This page's items.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items in the whole list.</param>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 200;
}
