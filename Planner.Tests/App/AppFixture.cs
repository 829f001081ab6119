namespace Planner.Tests.App;

/// <summary>One running app on the bundled sample shared by the tests of the "app" collection (it takes seconds to start).</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private AppProcess? app;

    public AppProcess App => app ?? throw new InvalidOperationException("the app did not start");

    public async Task InitializeAsync() => app = await AppProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

[CollectionDefinition("app")]
public sealed class AppCollection : ICollectionFixture<AppFixture>;
