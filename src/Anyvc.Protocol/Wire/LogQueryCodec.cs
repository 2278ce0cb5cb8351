using Anyvc.Channels.Commands;
using MessagePack;

namespace Anyvc.Wire;

/// <summary>The wire form of a <see cref="LogQuery"/>.</summary>
public static class LogQueryCodec
{
    /// <summary>The codec: <c>[from: [str], all: bool, path: str|nil, follow: bool, firstParent: bool, merges: int, limit: int|nil]</c>.</summary>
    public static IWireCodec<LogQuery> Codec { get; } = Codecs.Record<LogQuery>("[from: [str], all: bool, path: str|nil, follow: bool, firstParent: bool, merges: int, limit: int|nil]", 7,
        static (ref MessagePackWriter writer, LogQuery query) =>
        {
            Codecs.StringList.Write(ref writer, query.From);
            writer.Write(query.AllBranches);
            WireFields.WriteOptional(ref writer, query.Path);
            writer.Write(query.FollowRenames);
            writer.Write(query.FirstParentOnly);
            writer.Write((int)query.Merges);
            if (query.Limit is { } limit)
                writer.Write(limit);
            else
                writer.WriteNil();
        },
        static (ref MessagePackReader reader) =>
        {
            var from = WireFields.Nested(ref reader, "from", Codecs.StringList);
            var all = WireFields.Boolean(ref reader, "all");
            var path = WireFields.OptionalString(ref reader, "path");
            var follow = WireFields.Boolean(ref reader, "follow");
            var firstParent = WireFields.Boolean(ref reader, "firstParent");
            var merges = WireFields.Int64(ref reader, "merges");
            if (merges is < 0 or > 2)
                throw new WireFormatException("merges", $"must be 0 (all), 1 (merges only) or 2 (no merges), not {merges}");
            long? limit = reader.TryReadNil() ? null : WireFields.Int64(ref reader, "limit");
            if (limit is < 0 or > int.MaxValue)
                throw new WireFormatException("limit", $"must be a count, not {limit}");
            return new LogQuery { From = from, AllBranches = all, Path = path, FollowRenames = follow, FirstParentOnly = firstParent, Merges = (MergeFilter)merges, Limit = (int?)limit };
        });
}
