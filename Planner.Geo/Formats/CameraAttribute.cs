using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// One row of the camera attribute table (<see cref="CameraAttributes"/>): the contract name, how it is stored, its
/// unit and default, and how it is taken from and put on a <see cref="Camera"/>.
/// </summary>
/// <param name="Name">The contract's snake_case name: GeoJSON property, GeoPackage and PostGIS column.</param>
/// <param name="Type">How the value is stored in each format.</param>
/// <param name="Unit">Unit of a number ("m", "°", "px", "days"), null for others.</param>
/// <param name="Default">Value taken when the input leaves the attribute out (double, int or bool); null = none (unknown).</param>
/// <param name="Doc">What the attribute means, for users and the GeoPackage column list.</param>
public sealed record CameraAttribute(string Name, AttributeType Type, string? Unit, object? Default, string Doc)
{
    /// <summary>
    /// The value as written: string, double, int, bool, <see cref="DateOnly"/> or null (Choice values as their
    /// contract name; heading_deg null when the heading is unknown, in the working CRS's grid north).
    /// </summary>
    public required Func<Camera, object?> Get { get; init; }

    /// <summary>Puts a read value on a camera (a <c>with</c> copy); null for id and the optics, which the camera's constructor and the optics factory take.</summary>
    public Func<Camera, object?, Camera>? Set { get; init; }

    /// <summary>The allowed names of a <see cref="AttributeType.Choice"/> attribute.</summary>
    public AttributeChoice? Choices { get; init; }

    /// <summary>A rule beyond the type: given the read value, what was expected when it breaks the rule, else null.</summary>
    public Func<object, string?>? Check { get; init; }

    /// <summary>Part of <see cref="CameraOptics"/> (validated together by <see cref="CameraOptics.Create"/>).</summary>
    public bool IsOptics { get; init; }

    /// <summary>Every camera has one (id); stored NOT NULL UNIQUE.</summary>
    public bool Required { get; init; }
}

/// <summary>The contract names of a choice attribute in their order, and <paramref name="Parse"/> giving the value or null.</summary>
public sealed record AttributeChoice(IReadOnlyList<string> Names, Func<string, object?> Parse)
{
    /// <summary>The names joined with ", ", for messages.</summary>
    public string AllNames => string.Join(", ", Names);
}
