using CsCheck;
using Planner.Geo;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

/// <summary>Bad input never crashes: cut and mutated valid files load or fail with an InputException, nothing else.</summary>
public sealed class FuzzTests
{
    private const string Cameras = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":"c1","heading_deg":90,"hfov_deg":60,"model":"bullet-4mp-vf-2.8-12mm","operator":"police","permit_expires":"2027-01-01"},"geometry":{"type":"Point","coordinates":[12.5683,55.6761]}},
        {"type":"Feature","properties":{"id":"c2","ptz":true,"recording":false},"geometry":{"type":"Point","coordinates":[12.5690,55.6765,-999]}}]}
        """;

    private const string Buildings = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"id":"b1","height":12.5},"geometry":{"type":"Polygon","coordinates":[[[12.5683,55.6761],[12.5685,55.6761],[12.5685,55.6763],[12.5683,55.6761]]]}},
        {"type":"Feature","properties":{"id":"b2"},"geometry":{"type":"MultiPolygon","coordinates":[[[[12.5690,55.6770],[12.5695,55.6770],[12.5695,55.6775],[12.5690,55.6770]]]]}}]}
        """;

    private const string Overpass = """
        {"elements":[{"type":"node","id":1,"lat":47.37,"lon":8.54,"tags":{"camera:direction":"190-100","camera:angle":"15","height":"4"}},
        {"type":"way","id":2,"center":{"lat":47.38,"lon":8.55},"tags":{"camera:type":"dome"}}]}
        """;

    private const string Incidents = "id;lon;lat;occurred_at;offence;amount_dkk;reported\ni1;12,5683;55,6761;2024-03-31T02:30:00;violence;;ja\n\"i2\";12,5690;55,6765;2024-10-27 02:30;theft;99,5;nej\n";

    private static readonly Gen<string> Mutations = Gen.Int[0, 3].SelectMany(kind => Gen.Int[0, 10_000].SelectMany(pos => Gen.Char["{}[]\",:;-.0123456789eE aZ\n"].Select(ch => $"{kind}|{pos}|{ch}")));

    [Theory]
    [InlineData("cameras GeoJSON", "cameras", "c.geojson", Cameras)]
    [InlineData("buildings GeoJSON", "buildings", "b.geojson", Buildings)]
    [InlineData("Overpass JSON", "cameras", "o.json", Overpass)]
    [InlineData("incident CSV", "incidents", "i.csv", Incidents)]
    public void Load_MutatedFile_LoadsOrFailsWithInputException(string name, string layer, string file, string valid)
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, file);
        File.WriteAllText(path, valid);
        Assert.True(Load(layer, path) is not null, name);
        Mutations.Sample(m =>
        {
            var parts = m.Split('|');
            var pos = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) % valid.Length;
            var ch = parts[2][0];
            var text = parts[0] switch
            {
                "0" => valid[..pos],                               // cut off
                "1" => valid[..pos] + ch + valid[(pos + 1)..],     // one character replaced
                "2" => valid[..pos] + ch + valid[pos..],           // one character inserted
                _ => valid[..pos] + valid[Math.Min(valid.Length, pos + 1 + (pos % 7))..], // a few characters deleted
            };
            // CsCheck samples on several threads: one file per sample.
            var mutated = Path.Combine(tmp.Path, Guid.NewGuid().ToString("N") + Path.GetExtension(file));
            File.WriteAllText(mutated, text);
            try
            {
                Load(layer, mutated);
            }
            catch (InputException ex)
            {
                Assert.DoesNotContain('\n', ex.Message);
                Assert.StartsWith(mutated, ex.Message, StringComparison.Ordinal);
            }
        }, iter: 400);
    }

    private static PlanLoadResult Load(string layer, string path) => PlanFileLoader.Load(layer switch
    {
        "cameras" => new PlanFiles(Cameras: path),
        "buildings" => new PlanFiles(Buildings: path),
        _ => new PlanFiles(Incidents: path),
    }, new PlanLoadOptions());
}
