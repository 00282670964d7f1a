package io.github.policeconduct.examples.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.github.policeconduct.json.CaseJson;

/**
 * Reads cases on one thread, parses them (and does {@code work} on each) on a few worker threads, and hands
 * the results to the calling thread in input order.
 *
 * <p>The reading thread ({@code conduct-reader}) splits the input into cases without parsing them (a
 * {@link CaseJson.Result} of JSON Lines is parsed when first asked, on the thread that asks) and hands out
 * batches of at most {@value #BATCH}; the workers ({@code conduct-worker-N}, one per processor) parse each case
 * and apply {@code work} to its result; the
 * calling thread takes the batches back in the order they were read and gives each result to the
 * {@link Consumer}. At most {@value #IN_FLIGHT} batches are between the reading and the calling thread, so memory
 * stays bounded whatever the size of the input. The reader hands out a partial batch whenever its input is not
 * ready (a pipe or a terminal waiting for more), and the calling thread is told ({@link Consumer#waiting()})
 * before it waits for a batch, so that cases piped or typed in are dealt with at once.
 *
 * <p>A failure to read the input, the end of the input, and any exception a worker throws come back to the
 * calling thread in order, after every case read before them: an {@link IOException} from
 * {@link #run}, a {@link RuntimeException} or {@link Error} rethrown as it was.
 *
 * @param <T> what {@code work} makes of each case's result
 */
final class ParallelCases<T> {
  /** Cases per batch handed from the reader to a worker. */
  static final int BATCH = 128;
  /** Batches between the reader and the calling thread at most: about 2,000 cases. */
  static final int IN_FLIGHT = 16;

  /** What the calling thread receives. */
  interface Consumer<T> {
    /** One case's result, after {@code work}, in input order. */
    void accept(T item) throws IOException;

    /** The next batch is not ready yet and the calling thread is about to wait for it. */
    void waiting() throws IOException;
  }

  private final InputStream in;
  private final BooleanSupplier ready;
  private final String source;
  private final Function<CaseJson.Result, T> work;
  private final BlockingQueue<Future<Object[]>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);

  /**
   * @param in the input, read on the reading thread only (closed by the caller, after {@link #run})
   * @param ready whether more input can be read without waiting (asked on the reading thread; must not read
   *     from {@code in}: a {@code BufferedReader}'s {@code ready()} fills its buffer, which would move where an
   *     undecodable byte is reported)
   * @param source the input's name, for problems
   * @param work what to make of each case's result, on a worker thread: must be thread-safe
   */
  ParallelCases(InputStream in, BooleanSupplier ready, String source, Function<CaseJson.Result, T> work) {
    this.in = in;
    this.ready = ready;
    this.source = source;
    this.work = work;
  }

  /** Reads every case and gives each result to {@code consumer}, in input order, on this thread. */
  @SuppressWarnings("unchecked")
  void run(Consumer<T> consumer) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemons("conduct-worker-"));
    Thread reading = daemons("conduct-reader").newThread(() -> read(pool));
    reading.start();
    try {
      while (true) {
        Future<Object[]> next = queue.poll();
        if (next == null || !next.isDone()) {
          consumer.waiting();
          if (next == null) {
            next = take();
          }
        }
        Object[] items = get(next);
        for (Object item : items) {
          if (item == null) {
            break;
          } else if (item instanceof End) {
            return;
          } else if (item instanceof Failure f) {
            f.rethrow();
          } else {
            consumer.accept((T) item);
          }
        }
      }
    } finally {
      reading.interrupt(); // stops the reader if this thread stopped early; harmless after the end
      pool.shutdownNow();
    }
  }

  private Future<Object[]> take() throws IOException {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading cases");
    }
  }

  private static Object[] get(Future<Object[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading cases");
    } catch (ExecutionException e) {
      return new Object[] {new Failure(e.getCause())};
    }
  }

  /** The reading thread: every case, in order, then the end of the input or why it could not be read. */
  private void read(ExecutorService pool) {
    try {
      CaseJson.Result[] batch = new CaseJson.Result[BATCH];
      int size = 0;
      Object last;
      try (CaseJson.Cursor cursor = CaseJsonReader.JSON.open(new NonClosing(in), source)) {
        while (cursor.hasNext()) {
          batch[size++] = cursor.next();
          if (size == BATCH || !ready.getAsBoolean()) {
            submit(pool, batch, size);
            batch = new CaseJson.Result[BATCH];
            size = 0;
          }
        }
        last = End.END;
      } catch (UncheckedIOException e) {
        last = new Failure(e.getCause());
      } catch (IOException | RuntimeException | Error e) {
        last = new Failure(e);
      }
      if (size > 0) {
        submit(pool, batch, size);
      }
      put(CompletableFuture.completedFuture(new Object[] {last}));
    } catch (Stopped stopped) {
      // the calling thread has stopped: nothing more to read for
    }
  }

  private void submit(ExecutorService pool, CaseJson.Result[] batch, int size) {
    Future<Object[]> done;
    try {
      done = pool.submit(() -> {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
          try {
            CaseJson.Result r = batch[i];
            r.isValid(); // parses the case here, on the worker, whatever work asks of it
            out[i] = work.apply(r);
          } catch (RuntimeException | Error e) {
            out[i] = new Failure(e); // reported after the cases before it, as one thread would have
            break;
          }
        }
        return out;
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new Stopped(); // the pool was shut down: the calling thread has stopped
    }
    put(done);
  }

  private void put(Future<Object[]> f) {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static ThreadFactory daemons(String name) {
    int[] n = {0};
    return r -> {
      Thread t = new Thread(r, name.endsWith("-") ? name + ++n[0] : name);
      t.setDaemon(true);
      return t;
    };
  }

  /** The end of the input. */
  private enum End { END }

  /** Why reading (or a worker) stopped: rethrown on the calling thread, in order. */
  private static final class Failure {
    private final Throwable cause;

    Failure(Throwable cause) {
      this.cause = cause;
    }

    void rethrow() throws IOException {
      if (cause instanceof IOException e) {
        throw e;
      } else if (cause instanceof RuntimeException e) {
        throw e;
      } else if (cause instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Thrown on the reading thread when the calling thread has gone; never escapes it. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** The caller closes the input, after the reader is done with it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
