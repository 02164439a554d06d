using System.Security.Cryptography;
using LpipSite.Core.Images;

namespace LpipSite.Core.Tests.Images;

// In the image collection: one test here changes libvips' process-wide thread count, which must not race with
// an AVIF encode in another image test class.
[Collection(ImageCollection.Name)]
public class ImageDeterminismTests
{
    private static readonly Lazy<byte[]> Photo = new(() => TestPhotos.Jpeg(1600, 1200, orientation: 6, seed: 11));
    private static readonly Lazy<byte[]> TransparentPng = new(() => TestPhotos.PngWithAlpha(900, 600, seed: 12));

    private readonly ImageProcessor _processor = new();

    [Fact]
    public void Two_runs_give_byte_identical_variants_and_open_graph_images()
    {
        foreach (var source in new[] { Photo.Value, TransparentPng.Value })
        {
            Assert.Equal(Fingerprint(source), Fingerprint(source));
        }
    }

    [Fact]
    public void Parallel_runs_give_the_same_bytes_as_a_sequential_run()
    {
        var sequential = Fingerprint(Photo.Value);

        var parallel = new string[4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Fingerprint(Photo.Value));

        Assert.All(parallel, p => Assert.Equal(sequential, p));
    }

    [Fact]
    public void Changing_libvips_thread_count_elsewhere_in_the_process_does_not_change_the_bytes()
    {
        var pinned = Fingerprint(Photo.Value);
        try
        {
            NetVips.NetVips.Concurrency = 4;
            Assert.Equal(pinned, Fingerprint(Photo.Value));
        }
        finally
        {
            NetVips.NetVips.Concurrency = ImageProcessor.LibvipsThreads;
        }
    }

    private string Fingerprint(byte[] source)
    {
        var outputs = _processor.Variants(source).Append(_processor.OpenGraph(source));
        return string.Join(" ", outputs.Select(o => $"{o.Format}:{o.Width}x{o.Height}:{Convert.ToHexString(SHA256.HashData(o.Bytes))[..16]}"));
    }
}

[CollectionDefinition(Name)]
public sealed class ImageCollection
{
    public const string Name = "Images (libvips process-wide settings)";
}
