package io.forecourt.presale.launch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a launch behaves under load ({@code forecourt.presale.*}); docs/presale.md explains
 * each.
 *
 * @param claimConcurrency claim transactions one instance runs at once; 0: three fewer
 * than its connection pool holds (the participant recorder, the counters and the sold-out
 * check need theirs)
 * @param claimWait how long a request waits for a claim slot before it is told to try
 * again
 * @param freeUnitsRefresh how often an instance re-counts the free units it uses to
 * answer "sold out" without a transaction
 * @param recordBatch participants written in one batch at most
 * @param recordLinger how long the recorder waits for more participants to fill a batch;
 * none by default: a batch is whoever arrived while the last one was being written
 * @param recordTimeout how long a request waits for its participant's batch to commit
 * @param recordQueue participants waiting for a batch at most; beyond it requests are
 * told to try again
 * @param recordedMemory people this instance remembers as recorded, so their repeat
 * attempts skip the recorder
 * @param handoverInterval how often an instance looks for recorded participants to hand
 * to the lead center (at once again while a full batch was found); 0 stops the handover
 * on this instance
 * @param handoverYieldAbove attempts a second above which this instance's launch is hot:
 * its handover then yields to the answers and runs one batch per
 * {@code handoverHotInterval} (the lead center catches up once the surge ebbs)
 * @param handoverHotInterval how often the handover runs while the launch is hot: a batch
 * of participants costs the database fifteen times what recording their answers did
 */
@ConfigurationProperties("forecourt.presale")
public record PresaleSettings(@DefaultValue("0") int claimConcurrency, @DefaultValue("PT0.05S") Duration claimWait,
		@DefaultValue("PT0.2S") Duration freeUnitsRefresh, @DefaultValue("500") int recordBatch,
		@DefaultValue("PT0S") Duration recordLinger, @DefaultValue("PT3S") Duration recordTimeout,
		@DefaultValue("50000") int recordQueue, @DefaultValue("100000") int recordedMemory,
		@DefaultValue("PT0.2S") Duration handoverInterval, @DefaultValue("500") int handoverYieldAbove,
		@DefaultValue("PT1M") Duration handoverHotInterval, @DefaultValue Abuse abuse) {

	/**
	 * Abuse limits, per campaign.
	 *
	 * @param phonePerMinute attempts one phone may make a minute
	 * @param ipPerMinute attempts from one client address a minute (generous: carriers
	 * put many phones behind one address)
	 * @param devicePerMinute attempts from one device id a minute
	 * @param burstPerSecond more attempts than this within a second from one phone or
	 * device is no person's doing: rejected as automated
	 * @param scriptedAgents user-agent fragments of scripts and headless browsers
	 * (case-insensitive)
	 * @param appMarkers user-agent fragments of the brand's own apps, whose HTTP library
	 * (e.g. okhttp) would otherwise look scripted
	 */
	public record Abuse(@DefaultValue("10") int phonePerMinute, @DefaultValue("600") int ipPerMinute,
			@DefaultValue("30") int devicePerMinute, @DefaultValue("5") int burstPerSecond, @DefaultValue( {
					"curl/", "wget/", "python-requests", "python-urllib", "python-httpx", "aiohttp", "go-http-client",
					"java/", "apache-httpclient", "okhttp", "headlesschrome", "phantomjs", "selenium", "webdriver",
					"puppeteer", "playwright", "scrapy", "node-fetch", "axios/", "undici", "libwww-perl", "httpie",
					"postmanruntime", "insomnia" }) List<String> scriptedAgents,
			@DefaultValue({ "ForecourtApp/", "HuaxiaApp/" }) List<String> appMarkers){

	}

}
