using System.Reflection;
using Anyvc.Fixtures;
using NUnit.Framework;

namespace Anyvc.Conformance;

/// <summary>The suite itself: a feature no test exercises could be claimed by any backend without anyone noticing.</summary>
public class Features
{
    [Test]
    public void EveryFeatureHasAConformanceTest()
    {
        var tested = typeof(Features).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().SelectMany(m => m.GetCustomAttributes<RequiresFeatureAttribute>()).Concat(t.GetCustomAttributes<RequiresFeatureAttribute>()))
            .Aggregate(Feature.None, (all, attribute) => all | attribute.Feature);
        var untested = Enum.GetValues<Feature>().Where(f => f != Feature.None && (tested & f) == 0).ToList();
        Assert.That(untested, Is.Empty, "features without a [RequiresFeature] test");
    }
}
