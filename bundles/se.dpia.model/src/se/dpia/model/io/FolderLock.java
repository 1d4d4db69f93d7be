package se.dpia.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of an assessment folder, held by whoever reads, changes and writes its model (a command deciding on a
 * threat or recording an approval, the workbench saving): two of them at once would otherwise both read the same
 * model and the second save would silently drop the first one's change. It is an operating-system lock on the
 * hidden file {@value #FILE_NAME} in the folder, so it holds between processes, and a lock per folder within this
 * process; it is taken again freely by the thread that holds it. A process that dies releases it.
 */
public final class FolderLock implements AutoCloseable {

	/** The lock file, hidden so it is never content of the folder. */
	public static final String FILE_NAME = ".dpia.lock";

	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final ReentrantLock local;
	private final FileChannel channel;
	private final FileLock lock;

	private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock) {
		this.local = local;
		this.channel = channel;
		this.lock = lock;
	}

	/** Waits until the folder is free and takes it; close to release. */
	public static FolderLock acquire(Path folder) throws IOException {
		Path real = RealPaths.of(folder);
		ReentrantLock local = IN_PROCESS.computeIfAbsent(real, key -> new ReentrantLock());
		local.lock();
		if (local.getHoldCount() > 1) {
			return new FolderLock(local, null, null); // this thread holds the folder already
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(real.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			return new FolderLock(local, channel, channel.lock());
		} catch (IOException | RuntimeException e) {
			if (channel != null) {
				channel.close();
			}
			local.unlock();
			throw e;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (lock != null) {
				lock.release();
			}
			if (channel != null) {
				channel.close();
			}
		} finally {
			local.unlock();
		}
	}
}
