package org.jiandu.core;

/** Progress of long work and a way to cancel it (the UI adapts an IProgressMonitor, the CLI prints a line). */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void worked(int done, int total, String current) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void worked(int done, int total, String current);

    boolean isCancelled();
}
