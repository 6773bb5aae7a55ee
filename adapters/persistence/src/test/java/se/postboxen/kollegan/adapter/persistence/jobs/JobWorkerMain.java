package se.postboxen.kollegan.adapter.persistence.jobs;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.postboxen.kollegan.adapter.persistence.PersistenceTestApplication;

/** A worker in a JVM of its own, for the test that kills one with {@code kill -9}. */
public final class JobWorkerMain {

	private JobWorkerMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE).run(args);
		System.out.println("WORKER READY");
		new CountDownLatch(1).await();
	}

}
