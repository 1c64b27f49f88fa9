package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.infra.DialogueService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * After a build the stack trains each service's class-data archive with a first start against the
 * broker and the database, and the services it then runs map that archive: the file is in each
 * JVM's memory map, so the JDK took it as made from these jars, not a stale one it would skip.
 */
class ClassDataArchiveTest {

    @Test
    void everyServiceMapsTheArchiveTrainedOnItsOwnJars() throws IOException {
        for (DialogueService service : DialogueService.values()) {
            Path maps = Path.of("/proc", String.valueOf(stack().instance(service).process().pid()), "maps");
            assertThat(Files.readString(maps)).as("%s's memory map", service.moduleName())
                    .contains(service.moduleName() + "/target/quarkus-app/app-cds-trained.jsa");
        }
    }
}
