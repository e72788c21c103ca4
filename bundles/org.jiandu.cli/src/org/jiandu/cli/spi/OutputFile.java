package org.jiandu.cli.spi;

import java.io.IOException;
import java.nio.file.Path;

/** A file the user asked a command to write. */
public interface OutputFile {

    void write(Path out) throws IOException;

    /** Writes {@code out}; an I/O error ends the command (exit 7) with a message naming the file. */
    static void write(Path out, OutputFile work) {
        try {
            work.write(out);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.ERROR, "cannot write " + out + ": " + e.getMessage());
        }
    }
}
