package org.framebench.export.xlsx;

/**
 * Progress of a long export, without tying the exporters to Eclipse's progress monitors (the command
 * line has none). The workbench adapts its {@code IProgressMonitor} to this.
 */
public interface ExportProgress {

    /** Reports nothing and is never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void begin(String task, int totalWork) {
        }

        @Override
        public void worked(int units) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** The export starts; {@code totalWork} units will be reported through {@link #worked(int)}. */
    void begin(String task, int totalWork);

    void worked(int units);

    /** Polled between rows; when true the export stops and writes nothing. */
    boolean isCanceled();
}
