package nl.schoollibrary.reservations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Batches that form under load (ADR 0008): who runs together, how many at once, and what each caller gets. */
class CoalescerTest {

    /** An item: a number and a group; items of one group never share a batch (like one title or one patron). */
    private record Item(int n, int group) {
    }

    private static boolean distinctGroups(Item next, List<Item> batch) {
        return batch.stream().noneMatch(i -> i.group() == next.group());
    }

    private final List<List<Item>> batches = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger runningNow = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** Records the batch, sleeps a little (a database round trip), and answers each item with its number doubled. */
    private Function<List<Item>, List<Coalescer.Outcome<Integer>>> slowWork(long millis) {
        return items -> {
            batches.add(items);
            mostAtOnce.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                runningNow.decrementAndGet();
            }
            return items.stream().map(i -> i.n() % 7 == 0
                    ? Coalescer.Outcome.<Integer>failed(new IllegalArgumentException("refused " + i.n()))
                    : Coalescer.Outcome.of(i.n() * 2)).toList();
        };
    }

    @Test
    void one_caller_at_a_time_runs_alone_at_once() {
        Coalescer<Item, Integer> coalescer = new Coalescer<>(2, 32, CoalescerTest::distinctGroups, slowWork(0));
        for (int i = 1; i <= 5; i++) {
            assertThat(coalescer.submit(new Item(i, i))).isEqualTo(2 * i);
        }
        assertThat(batches).hasSize(5).allSatisfy(b -> assertThat(b).hasSize(1));
    }

    @Test
    void callers_arriving_while_the_runners_are_busy_go_together_and_each_gets_its_own_answer() throws Exception {
        Coalescer<Item, Integer> coalescer = new Coalescer<>(2, 8, CoalescerTest::distinctGroups, slowWork(5));
        int callers = 32;
        int perCaller = 40;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            results.add(pool.submit(() -> {
                start.await();
                List<String> answers = new ArrayList<>();
                for (int k = 0; k < perCaller; k++) {
                    int n = caller * perCaller + k + 1;
                    try {
                        answers.add(n + "=" + coalescer.submit(new Item(n, n % 10)));
                    } catch (IllegalArgumentException e) {
                        answers.add(n + "!" + e.getMessage());
                    }
                }
                return answers;
            }));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : results) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(all).hasSize(callers * perCaller);
        for (String answer : all) { // every caller got the answer to its own item, value or refusal
            int n = Integer.parseInt(answer.split("[=!]")[0]);
            assertThat(answer).isEqualTo(n % 7 == 0 ? n + "!refused " + n : n + "=" + 2 * n);
        }
        assertThat(mostAtOnce.get()).as("batches running at once").isLessThanOrEqualTo(2);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(callers * perCaller);
        assertThat(batches).allSatisfy(b -> {
            assertThat(b.size()).isBetween(1, 8);
            assertThat(b.stream().map(Item::group).distinct().count()).as("groups in %s", b).isEqualTo(b.size());
        });
        assertThat(batches.size()).as("batches formed under load").isLessThan(callers * perCaller / 2);
    }

    @Test
    void when_the_work_fails_every_item_of_its_batch_gets_the_failure_and_the_next_batch_runs() {
        AtomicInteger calls = new AtomicInteger();
        Coalescer<Item, Integer> coalescer = new Coalescer<>(1, 4, CoalescerTest::distinctGroups, items -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection lost");
            }
            return items.stream().map(i -> Coalescer.Outcome.of(i.n())).toList();
        });
        assertThatThrownBy(() -> coalescer.submit(new Item(1, 1))).isInstanceOf(IllegalStateException.class)
                .hasMessage("connection lost");
        assertThat(coalescer.submit(new Item(2, 2))).isEqualTo(2);
    }
}
