package org.sanctionsmonitor.cli;

import java.nio.file.Path;
import java.util.List;

import org.sanctionsmonitor.check.Feed;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one repeatable {@code FILE} option to {@code check} per registered {@link Feed}
 * ({@code --transfers}, {@code --shipments}, ...), with the feed's help text: a feed is
 * registered in one place, and its option comes with it. picocli calls this when it builds the
 * command's model.
 */
public final class FeedOptions implements CommandLine.IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (Feed f : Feed.values()) {
            spec.addOption(OptionSpec.builder(f.option())
                    .paramLabel("FILE")
                    .type(List.class)
                    .auxiliaryTypes(Path.class)
                    .description(f.description())
                    .build());
        }
        return spec;
    }

    /** The files given for a feed's option (none when it was not given). */
    static List<Path> files(CommandSpec spec, Feed f) {
        List<Path> v = spec.findOption(f.option()).getValue();
        return v == null ? List.of() : List.copyOf(v);
    }
}
