using Bocage.Payments.Domain;

namespace Bocage.Payments.Tests;

public sealed class ImportJobStateTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    private static ImportJob Job(int lines = 1000) => new("agent", Guid.NewGuid(), "factures.csv", lines, Now);

    [Fact]
    public void A_job_goes_from_queued_to_running_to_done_and_counts_what_it_did()
    {
        var job = Job();
        Assert.Equal(0, job.Percent);

        Assert.True(job.Start(Now, TimeSpan.FromMinutes(2)));
        job.Advance(500, 480, 480_00, 20, Now);
        Assert.Equal(50, job.Percent);
        job.Advance(1000, 490, 490_00, 10, Now);
        job.Finish(Now);

        Assert.Equal(ImportJobState.Done, job.State);
        Assert.Equal((970, 97_000L, 30, 100), (job.Issued, job.IssuedCents, job.Refused, job.Percent));
    }

    [Fact]
    public void Progress_never_goes_back_past_the_end_or_counts_more_lines_than_the_batch_had()
    {
        var job = Job();
        job.Start(Now, TimeSpan.FromMinutes(2));
        job.Advance(500, 500, 1, 0, Now);

        Assert.Throws<ArgumentOutOfRangeException>(() => job.Advance(400, 0, 0, 0, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => job.Advance(1001, 0, 0, 0, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => job.Advance(600, 90, 0, 20, Now));
        Assert.Equal(500, job.LinesDone);
    }

    [Fact]
    public void A_queued_job_neither_advances_nor_finishes_and_a_finished_one_cannot_fail()
    {
        var job = Job();
        Assert.Throws<InvalidOperationException>(() => job.Advance(10, 10, 1, 0, Now));
        Assert.Throws<InvalidOperationException>(() => job.Finish(Now));

        job.Start(Now, TimeSpan.FromMinutes(2));
        job.Finish(Now);

        Assert.Throws<InvalidOperationException>(() => job.Fail("ImportFailed", Now));
        Assert.False(job.Start(Now.AddHours(1), TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void A_running_job_is_taken_over_only_once_its_worker_stopped_beating()
    {
        var job = Job();
        job.Start(Now, TimeSpan.FromMinutes(2));
        var version = job.Version;

        Assert.False(job.Start(Now.AddMinutes(1), TimeSpan.FromMinutes(2)));
        Assert.Equal(version, job.Version);
        Assert.True(job.Start(Now.AddMinutes(3), TimeSpan.FromMinutes(2)));
        Assert.NotEqual(version, job.Version);
        Assert.Equal(Now, job.StartedAtUtc);
    }

    [Fact]
    public void A_failed_job_says_why_and_is_over()
    {
        var job = Job();
        job.Start(Now, TimeSpan.FromMinutes(2));
        job.Fail("ImportFileMissing", Now);

        Assert.True(job.IsOver);
        Assert.Equal("ImportFileMissing", job.Error);
        Assert.Equal(ImportJobState.Failed, job.State);
    }
}
