package nl.schoollibrary.reservations.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Runs work items in batches that form by themselves under load (group commit, ADR 0008): at most {@code maxRunning}
 * batches run at once; an item that arrives while they all run waits, and the next free runner takes every waiting
 * item that {@code fits} its batch (up to {@code maxBatch}), oldest first. Nothing waits for a batch to fill: with
 * one caller at a time every item runs alone, at once, on its own thread.
 *
 * <p>The batch runs on the thread of one of its callers; the others sleep until their result is there. Each caller
 * is woken at most twice (to run a batch, and when its own result is ready), so the hand-over costs no more than a
 * thread pool would. The work returns one outcome per item, in order; if it throws, every item of the batch fails
 * with that exception.
 *
 * @param <T> an item of work
 * @param <R> its result
 */
public final class Coalescer<T, R> {

    /** The result of one item: a value or the exception to throw to its caller. */
    public record Outcome<R>(R value, RuntimeException error) {
        public static <R> Outcome<R> of(R value) {
            return new Outcome<>(value, null);
        }

        public static <R> Outcome<R> failed(RuntimeException error) {
            return new Outcome<>(null, error);
        }

        /** The value, or the error thrown. */
        public R get() {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }

    private final class Slot {
        final T item;
        final Condition woken = lock.newCondition();
        boolean promoted;
        Outcome<R> outcome;

        Slot(T item) {
            this.item = item;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
    private final Function<List<T>, List<Outcome<R>>> work;
    private final BiPredicate<T, List<T>> fits;
    private final int maxRunning;
    private final int maxBatch;
    private int running;

    /**
     * @param work runs one batch; returns one outcome per item, in the order given
     * @param fits whether an item may join a batch that already holds the given items
     */
    public Coalescer(int maxRunning, int maxBatch, BiPredicate<T, List<T>> fits,
            Function<List<T>, List<Outcome<R>>> work) {
        if (maxRunning < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("maxRunning and maxBatch must be at least 1");
        }
        this.maxRunning = maxRunning;
        this.maxBatch = maxBatch;
        this.fits = fits;
        this.work = work;
    }

    /** Runs {@code item} (alone, or in a batch with others waiting) and returns its result or throws its error. */
    public R submit(T item) {
        Slot own = new Slot(item);
        lock.lock();
        try {
            if (running < maxRunning) {
                running++;
            } else {
                waiting.addLast(own);
                while (own.outcome == null && !own.promoted) {
                    own.woken.awaitUninterruptibly();
                }
            }
            if (own.outcome == null) {
                runBatchWith(own); // returns with the lock held, own.outcome set
            }
        } finally {
            lock.unlock();
        }
        return own.outcome.get();
    }

    /** Called with the lock held and a running place taken; returns with the lock held and the place given on. */
    private void runBatchWith(Slot own) {
        List<Slot> batch = new ArrayList<>();
        List<T> items = new ArrayList<>();
        batch.add(own);
        items.add(own.item);
        for (Iterator<Slot> it = waiting.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
            Slot next = it.next();
            if (fits.test(next.item, items)) {
                it.remove();
                batch.add(next);
                items.add(next.item);
            }
        }
        List<Outcome<R>> outcomes = null;
        RuntimeException failure = null;
        lock.unlock();
        try {
            outcomes = work.apply(List.copyOf(items));
            if (outcomes.size() != items.size()) {
                failure = new IllegalStateException("A batch of " + items.size() + " gave " + outcomes.size()
                        + " outcomes");
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException(e);
        } finally {
            lock.lock();
        }
        for (int i = 0; i < batch.size(); i++) {
            Slot slot = batch.get(i);
            Outcome<R> outcome = failure != null ? Outcome.failed(failure) : outcomes.get(i);
            slot.outcome = outcome != null ? outcome
                    : Outcome.failed(new IllegalStateException("No outcome for item " + i + " of a batch"));
            if (slot != own) {
                slot.woken.signal();
            }
        }
        Slot next = waiting.pollFirst();
        if (next == null) {
            running--;
        } else { // the running place goes on to the oldest waiting caller
            next.promoted = true;
            next.woken.signal();
        }
    }
}
