using System.Reflection;
using System.Runtime.CompilerServices;
using Docket.Core.Cases;
using Xunit;

namespace Docket.Core.Tests;

/// <summary>Checks rules the compiler does not: value types are readonly, records and classes sealed, nothing has a public setter.</summary>
public sealed class ConsistencyTests
{
    private static readonly Type[] PublicTypes = [.. typeof(Case).Assembly.GetExportedTypes()];

    [Fact]
    public void ValueTypes_AreReadOnly()
    {
        var mutable = PublicTypes.Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null).ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void Classes_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Properties_HaveNoPublicMutableSetter()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(setters);
    }
}
