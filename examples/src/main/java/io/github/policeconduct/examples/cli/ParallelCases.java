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
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
 * and apply {@code work} to its result; the calling thread takes the batches back in the order they were read
 * and gives each result to the {@link Consumer}.
 *
 * <p><b>Memory.</b> What is between the reading and the calling thread is bounded by bytes, not by cases: the
 * reader takes a case only while the input bytes of the cases read and not yet handed to the consumer stay
 * within {@link #budget(long, int)} (a sixteenth of the JVM's maximum heap, between 1 MiB and 64 MiB; a single
 * case larger than that is taken alone), and at most {@value #IN_FLIGHT} batches are in flight. A case whose
 * parsing or {@code work} runs out of memory is that case's problem ({@link Consumer#outOfMemory}), and the
 * cases after it are still read. The reader hands out a partial batch whenever its input is not ready (a pipe
 * or a terminal waiting for more) or the budget is spent, and the calling thread is told
 * ({@link Consumer#waiting()}) before it waits for a batch, so that cases piped or typed in are dealt with at
 * once.
 *
 * <p>A failure to read the input, the end of the input, and any exception a worker throws come back to the
 * calling thread in order, after every case read before them: an {@link IOException} from
 * {@link #run}, a {@link RuntimeException} or {@link Error} rethrown as it was. If the reading thread dies
 * without saying why (it cannot even allocate its last word), the calling thread does not wait for ever: it
 * throws an {@link IOException} saying so.
 *
 * @param <T> what {@code work} makes of each case's result
 */
final class ParallelCases<T> {
  /** Cases per batch handed from the reader to a worker. */
  static final int BATCH = 128;
  /** Batches between the reader and the calling thread at most. */
  static final int IN_FLIGHT = 16;
  /** The least and the most input bytes in flight ({@link #budget}). */
  static final int MIN_BUDGET = 1 << 20;
  static final int MAX_BUDGET = 64 << 20;

  /** What the calling thread receives. */
  interface Consumer<T> {
    /** One case's result, after {@code work}, in input order. */
    void accept(T item) throws IOException;

    /** The next batch is not ready yet and the calling thread is about to wait for it. */
    void waiting() throws IOException;

    /**
     * The case at {@code line} (the {@code index}th of the input, from 1) could not be parsed or worked on in the
     * memory there was. In input order, like {@link #accept}.
     */
    void outOfMemory(long index, long line) throws IOException;
  }

  /**
   * The input bytes in flight at most, for a JVM whose heap may grow to {@code maxHeap} bytes: a sixteenth of
   * it (a case's parsed form and its rendered decision take a few times its text), at least 1 MiB (the largest
   * case the reader accepts) and at most 64 MiB.
   */
  static int budget(long maxHeap, int minimum) {
    long b = maxHeap == Long.MAX_VALUE ? MAX_BUDGET : maxHeap / 16;
    return (int) Math.max(minimum, Math.min(MAX_BUDGET, b));
  }

  private final InputStream in;
  private final BooleanSupplier ready;
  private final String source;
  private final Function<CaseJson.Result, T> work;
  private final BlockingQueue<Future<Batch>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
  private final int budget;
  /** Permits: input bytes that may still be taken before the calling thread hands some on. */
  private final Semaphore inFlight;
  /** What killed the reading thread, if it died of something it could not report in order. */
  private volatile Throwable readerDied;

  /**
   * @param in the input, read on the reading thread only (closed by the caller, after {@link #run})
   * @param ready whether more input can be read without waiting (asked on the reading thread; must not read
   *     from {@code in}: a {@code BufferedReader}'s {@code ready()} fills its buffer, which would move where an
   *     undecodable byte is reported)
   * @param source the input's name, for problems
   * @param work what to make of each case's result, on a worker thread: must be thread-safe
   */
  ParallelCases(InputStream in, BooleanSupplier ready, String source, Function<CaseJson.Result, T> work) {
    this(in, ready, source, work, budget(Runtime.getRuntime().maxMemory(), MIN_BUDGET));
  }

  /** As above, with {@code budget} input bytes in flight at most (a case larger than that is taken alone). */
  ParallelCases(InputStream in, BooleanSupplier ready, String source, Function<CaseJson.Result, T> work,
      int budget) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget must be positive (budget: " + budget + ")");
    }
    this.in = in;
    this.ready = ready;
    this.source = source;
    this.work = work;
    this.budget = budget;
    this.inFlight = new Semaphore(budget);
  }

  /** Reads every case and gives each result to {@code consumer}, in input order, on this thread. */
  @SuppressWarnings("unchecked")
  void run(Consumer<T> consumer) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemons("conduct-worker-"));
    Thread reading = daemons("conduct-reader").newThread(() -> read(pool));
    reading.setUncaughtExceptionHandler((t, e) -> readerDied = e);
    reading.start();
    try {
      while (true) {
        Future<Batch> next = queue.poll();
        if (next == null || !next.isDone()) {
          consumer.waiting();
          if (next == null) {
            next = take(reading);
          }
        }
        Batch batch = get(next);
        for (Object item : batch.items()) {
          if (item == null) {
            break;
          } else if (item instanceof End) {
            return;
          } else if (item instanceof Failure f) {
            f.rethrow();
          } else if (item instanceof NoMemory m) {
            consumer.outOfMemory(m.index(), m.line());
          } else {
            consumer.accept((T) item);
          }
        }
        inFlight.release(batch.weight()); // handed on: the reader may take as many bytes again
      }
    } finally {
      reading.interrupt(); // stops the reader if this thread stopped early; harmless after the end
      pool.shutdownNow();
    }
  }

  /**
   * The next batch, waiting for it; if the reading thread has died without handing over its last word (an
   * error it could not even report), says so instead of waiting for ever.
   */
  private Future<Batch> take(Thread reading) throws IOException {
    try {
      while (true) {
        Future<Batch> next = queue.poll(200, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (!reading.isAlive() && queue.isEmpty()) {
          Throwable why = readerDied;
          if (why instanceof Error e) {
            throw e; // e.g. OutOfMemoryError: reported as such, with its own exit status
          }
          throw new IOException("the reading thread stopped unexpectedly"
              + (why == null ? "" : " (" + why + ")"), why);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading cases");
    }
  }

  private static Batch get(Future<Batch> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading cases");
    } catch (ExecutionException e) {
      return new Batch(new Object[] {new Failure(e.getCause())}, 0);
    }
  }

  /** The reading thread: every case, in order, then the end of the input or why it could not be read. */
  private void read(ExecutorService pool) {
    try {
      CaseJson.Result[] batch = new CaseJson.Result[BATCH];
      int[] weights = new int[BATCH];
      int size = 0;
      Object last;
      Counting counted = new Counting(in);
      try (CaseJson.Cursor cursor = CaseJsonReader.JSON.open(counted, source)) {
        long before = 0;
        while (cursor.hasNext()) {
          CaseJson.Result r = cursor.next();
          long read = counted.count;
          // The bytes read since the last case: this case's text (give or take what the reader buffers ahead).
          int weight = (int) Math.max(1, Math.min(budget, read - before));
          before = read;
          if (!inFlight.tryAcquire(weight)) {
            if (size > 0) { // hand on what is taken, so that its bytes can come back, then wait for them
              submit(pool, batch, weights, size);
              batch = new CaseJson.Result[BATCH];
              weights = new int[BATCH];
              size = 0;
            }
            acquire(weight);
          }
          batch[size] = r;
          weights[size++] = weight;
          if (size == BATCH || !ready.getAsBoolean()) {
            submit(pool, batch, weights, size);
            batch = new CaseJson.Result[BATCH];
            weights = new int[BATCH];
            size = 0;
          }
        }
        last = End.END;
      } catch (UncheckedIOException e) {
        last = new Failure(e.getCause());
      } catch (IOException | RuntimeException e) {
        last = new Failure(e);
      } catch (Error e) {
        batch = null; // let go of what was read before saying why reading stopped
        last = new Failure(e);
      }
      if (size > 0 && batch != null) {
        submit(pool, batch, weights, size);
      }
      put(CompletableFuture.completedFuture(new Batch(new Object[] {last}, 0)));
    } catch (Stopped stopped) {
      // the calling thread has stopped: nothing more to read for
    }
  }

  private void acquire(int weight) {
    try {
      inFlight.acquire(weight);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private void submit(ExecutorService pool, CaseJson.Result[] batch, int[] weights, int size) {
    Future<Batch> done;
    try {
      done = pool.submit(() -> {
        Object[] out = new Object[size];
        int weight = 0;
        for (int i = 0; i < size; i++) {
          weight += weights[i];
          CaseJson.Result r = batch[i];
          batch[i] = null; // the result (or its problem) is all that is kept of the case from here
          try {
            r.isValid(); // parses the case here, on the worker, whatever work asks of it
            out[i] = work.apply(r);
          } catch (OutOfMemoryError e) {
            long index = r.index();
            long line = r.line();
            r = null; // let go of the case before anything else is allocated
            out[i] = new NoMemory(index, line);
          } catch (RuntimeException | Error e) {
            out[i] = new Failure(e); // reported after the cases before it, as one thread would have
            break;
          }
        }
        return new Batch(out, weight);
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new Stopped(); // the pool was shut down: the calling thread has stopped
    }
    put(done);
  }

  private void put(Future<Batch> f) {
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
      // What a thread dies of is reported in order, through its batch's future or the reader's last word; an
      // idle worker can still die of OutOfMemoryError waiting for work (taking a task allocates), and the JVM's
      // default handler would print it (or, out of memory itself, a line of its own) among the problems.
      t.setUncaughtExceptionHandler((thread, e) -> { });
      return t;
    };
  }

  /** A batch's results, and the input bytes its cases took from the budget. */
  private record Batch(Object[] items, int weight) {}

  /** A case that ran out of memory on a worker. */
  private record NoMemory(long index, long line) {}

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

  /** Counts the bytes read (on the reading thread only). */
  private static final class Counting extends java.io.FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(new NonClosing(in));
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += Math.max(0, skipped);
      return skipped;
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
