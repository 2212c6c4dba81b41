package com.example.kv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A key-value store with an integer primary key: records are appended to one data file, and a
 * sorted index maps each key to where its latest record starts, so a lookup seeks straight to it.
 *
 * <p>A record is the key (4 bytes), the value's length (4 bytes) and the value. Inserts are
 * written at once but made durable by {@link #sync()} (or {@link #close()}), which lets callers
 * group many inserts into one disk flush. Not thread-safe.
 */
public final class KvStore implements Closeable {
  private static final int HEADER = 8;

  private final FileChannel file;
  private final TreeMap<Integer, Long> index = new TreeMap<>();
  private long end;

  private KvStore(FileChannel file) {
    this.file = file;
  }

  /** Opens the store in {@code path}, creating it when absent, and rebuilds the index. */
  public static KvStore open(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    KvStore store = new KvStore(channel);
    store.rebuildIndex();
    return store;
  }

  /** Stores {@code value} under {@code key}, replacing an earlier value. */
  public void insert(int key, byte[] value) throws IOException {
    ByteBuffer record = ByteBuffer.allocate(HEADER + value.length);
    record.putInt(key).putInt(value.length).put(value).flip();
    long at = end;
    while (record.hasRemaining()) {
      end += file.write(record, end);
    }
    index.put(key, at);
  }

  /** The value stored under {@code key}, if any: one index lookup and one read. */
  public Optional<byte[]> get(int key) throws IOException {
    Long at = index.get(key);
    if (at == null) {
      return Optional.empty();
    }
    ByteBuffer header = read(at, HEADER);
    header.getInt();
    return Optional.of(read(at + HEADER, header.getInt()).array());
  }

  /** How many distinct keys the store holds. */
  public int size() {
    return index.size();
  }

  /** Makes every insert so far durable: one flush of the data file to the disk. */
  public void sync() throws IOException {
    file.force(false);
  }

  @Override
  public void close() throws IOException {
    try {
      sync();
    } finally {
      file.close();
    }
  }

  private void rebuildIndex() throws IOException {
    long size = file.size();
    long at = 0;
    while (at + HEADER <= size) {
      ByteBuffer header = read(at, HEADER);
      int key = header.getInt();
      int length = header.getInt();
      if (length < 0 || at + HEADER + length > size) {
        break; // a record cut short by a crash: ignore it, the next insert overwrites it
      }
      index.put(key, at);
      at += HEADER + length;
    }
    end = at;
  }

  private ByteBuffer read(long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (file.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("data file ends inside the record at " + at);
      }
    }
    return buffer.flip();
  }
}
