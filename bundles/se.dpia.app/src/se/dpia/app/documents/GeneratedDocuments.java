package se.dpia.app.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * Tells the views that show documents (the file list, the preview) which files a generation has just written.
 * Used on the UI thread only.
 */
public final class GeneratedDocuments {

	private static final List<BiConsumer<Path, List<Path>>> LISTENERS = new CopyOnWriteArrayList<>();

	private GeneratedDocuments() {
	}

	/** Tells every listener the output folder and the files written into it, in the order written. */
	public static void written(Path out, List<Path> files) {
		LISTENERS.forEach(listener -> listener.accept(out, files));
	}

	public static void addListener(BiConsumer<Path, List<Path>> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(BiConsumer<Path, List<Path>> listener) {
		LISTENERS.remove(listener);
	}
}
