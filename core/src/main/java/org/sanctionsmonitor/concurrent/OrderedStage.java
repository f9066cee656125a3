package org.sanctionsmonitor.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A parallel map whose results are consumed in input order: records are grouped in chunks, each
 * chunk is mapped on a worker thread, and the consumer sees every (record, result) pair in the
 * order the records arrived, on the caller's thread. At most {@link #IN_FLIGHT} chunks are
 * pending, which bounds memory. Used for work that is independent per record (mapping a CSV row
 * to a record, exact screening, address validation) while the consumer keeps order-sensitive work
 * (rejects in file order, the transfer graph) on one thread.
 */
public final class OrderedStage<T, R> {

    public static final int CHUNK = 2_048;
    public static final int IN_FLIGHT = 4;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), Threads.daemons("screening"));

    private record Pending<T, R>(List<T> records, Future<List<R>> results) {
    }

    private final Function<T, R> map;
    private final BiConsumer<T, R> consumer;
    private final Deque<Pending<T, R>> pending = new ArrayDeque<>();
    private List<T> chunk = new ArrayList<>(CHUNK);

    public OrderedStage(Function<T, R> map, BiConsumer<T, R> consumer) {
        this.map = map;
        this.consumer = consumer;
    }

    public void accept(T record) {
        chunk.add(record);
        if (chunk.size() >= CHUNK) {
            submit();
        }
    }

    /** Maps what is left and hands every pending result to the consumer, in order. */
    public void finish() {
        submit();
        while (!pending.isEmpty()) {
            drainHead();
        }
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        List<T> records = chunk;
        chunk = new ArrayList<>(CHUNK);
        pending.add(new Pending<>(records, POOL.submit(() -> {
            List<R> out = new ArrayList<>(records.size());
            for (T r : records) {
                out.add(map.apply(r));
            }
            return out;
        })));
        while (pending.size() > IN_FLIGHT) {
            drainHead();
        }
    }

    private void drainHead() {
        Pending<T, R> p = pending.removeFirst();
        List<R> results;
        try {
            results = p.results().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while screening", e);
        } catch (ExecutionException e) {
            pending.forEach(x -> x.results().cancel(false));
            pending.clear();
            throw Threads.unchecked(e.getCause());
        }
        for (int i = 0; i < results.size(); i++) {
            consumer.accept(p.records().get(i), results.get(i));
        }
    }
}
