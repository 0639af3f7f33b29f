package org.newsdesk.media;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsdesk.IntegrationTest;
import org.newsdesk.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database make each picture's variants once, and a picture whose maker
 * died half-way is made by the other once its lease has run out. Both instances' background
 * sweeps run once an hour in the tests (the shared context's settings), so that the test decides
 * who runs when.
 */
class PictureVariantsAcrossInstancesIT extends IntegrationTest {

    static ConfigurableApplicationContext second;

    @Autowired
    Pictures pictures;

    @Autowired
    PictureVariants variants;

    @BeforeAll
    static void startSecondInstance() {
        second = SecondInstance.start("newsdesk.media.sweep=1h");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void noPictures() {
        news.clearPictures();
    }

    @Autowired
    PictureProcessor processor;

    @Autowired
    MediaStore store;

    /** A picture whose master is stored and whose variants wait, without waking any instance. */
    long waitingPicture(int width) {
        byte[] bytes = TestPictures.jpeg(width, width * 2 / 3);
        PictureProcessor.Master master = processor.master(new java.io.ByteArrayInputStream(bytes), bytes.length);
        store.put(master.hash() + ".jpg", PictureProcessor.JPEG_TYPE, master.jpeg());
        int w = master.image().getWidth();
        int h = master.image().getHeight();
        long id = jdbc.sql("""
                insert into pictures (hash, width, height, source_type, source_width, source_height, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'JPEG', ?, ?, now(), 'test', now(), 'test') returning id
                """).params(master.hash(), w, h, w, h).query(Long.class).single();
        news.write("insert into picture_jobs (picture_id, created_at) values (?, now())", id);
        return id;
    }

    @Test
    void twoInstancesMakeEachPicturesVariantsOnce() throws Exception {
        List<Long> ids = List.of(waitingPicture(1000), waitingPicture(1100), waitingPicture(1200), waitingPicture(1300));
        PictureVariants there = second.getBean(PictureVariants.class);
        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(variants::makeWaiting);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(there::makeWaiting);
        int made = here.get() + other.get();

        assertThat(made).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from picture_jobs").query(Long.class).single()).isZero();
        for (long id : ids) {
            assertThat(pictures.find(id).orElseThrow().variantsReady()).isTrue();
        }
        assertThat(variants.makeWaiting() + there.makeWaiting()).isZero();
    }

    @Test
    void aPictureLeftHalfMadeByAnInstanceThatDiedIsMadeOnceItsLeaseRunsOut() {
        long id = waitingPicture(900);
        // Another instance claimed it and died: its lease is still running, so nobody takes it...
        news.write("update picture_jobs set claimed_until = clock_timestamp() + interval '1 minute', attempts = 1 where picture_id = ?", id);
        assertThat(variants.makeWaiting()).isZero();
        assertThat(pictures.find(id).orElseThrow().variantsReady()).isFalse();
        // ...until the lease has run out, by the database's clock: the site's clock (moved here) plays no part.
        clock.set(NOW.plus(Duration.ofDays(365)));
        assertThat(variants.makeWaiting()).isZero();
        news.write("update picture_jobs set claimed_until = clock_timestamp() - interval '1 second' where picture_id = ?", id);
        clock.set(NOW.minus(Duration.ofDays(365)));
        assertThat(variants.makeWaiting()).isEqualTo(1);
        assertThat(pictures.find(id).orElseThrow().variantsReady()).isTrue();
        assertThat(jdbc.sql("select count(*) from media_files where key like ?").param(pictures.find(id).orElseThrow().hash() + "%")
                .query(Long.class).single()).isEqualTo(1 + 2 * 3 + 4); // master, 3 widths × 2 types, 4 crops
    }

    @Test
    void anInstanceThatStopsGivesBackThePictureItWasMaking() {
        long id = waitingPicture(900);
        PictureJobs.Claim claim = second.getBean(PictureJobs.class).claim().orElseThrow();
        assertThat(variants.makeWaiting()).as("held by the other instance").isZero();

        second.getBean(PictureJobs.class).release(claim);

        assertThat(jdbc.sql("select attempts from picture_jobs where picture_id = ?").param(id).query(Integer.class).single())
                .as("a claim given back is not a failed attempt").isZero();
        assertThat(variants.makeWaiting()).isEqualTo(1);
        assertThat(pictures.find(id).orElseThrow().variantsReady()).isTrue();
    }
}
