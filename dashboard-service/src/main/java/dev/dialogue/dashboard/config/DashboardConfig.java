package dev.dialogue.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the dashboard reads the log and feeds open pages. */
@ConfigMapping(prefix = "dialogue.dashboard")
public interface DashboardConfig {

    /** Records a poll may return: large, because a replay reads the whole log. */
    @WithDefault("5000")
    int maxPollRecords();

    /** Bytes a fetch may return per partition; with the total below, a replay moves in big blocks. */
    @WithDefault("8388608")
    int maxPartitionFetchBytes();

    @WithDefault("52428800")
    int fetchMaxBytes();

    /** How often an open page's stream looks for a change of its forum's figures. */
    @WithDefault("100ms")
    Duration pushInterval();
}
