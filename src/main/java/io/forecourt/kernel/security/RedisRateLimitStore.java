package io.forecourt.kernel.security;

import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Limits counted in Redis, so every instance counts the same requests. One script checks
 * and counts all of a request's limits in one round trip, on Redis's own clock (the
 * instances' clocks need not agree); a key expires when its arrival time has passed. Keys
 * of one request may lie in different hash slots, so this wants one Redis server (or its
 * replicas), not a cluster.
 */
class RedisRateLimitStore implements RateLimitStore, AutoCloseable {

	/**
	 * KEYS: the limits' keys; ARGV: per key, its interval and period in microseconds.
	 * Returns {0, 0} when all were counted, else {the 1-based index used up, the wait}.
	 */
	private static final String SCRIPT = """
			local t = redis.call('TIME')
			local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
			for i, key in ipairs(KEYS) do
			  local interval = tonumber(ARGV[2 * i - 1])
			  local period = tonumber(ARGV[2 * i])
			  local arrival = tonumber(redis.call('GET', key)) or now
			  if arrival < now then arrival = now end
			  local next = arrival + interval
			  if next - now > period then
			    return {i, next - period - now}
			  end
			  redis.call('SET', key, string.format('%d', next), 'PX', math.ceil((next - now) / 1000))
			end
			return {0, 0}
			""";

	private final RedisClient client;

	private final StatefulRedisConnection<String, String> connection;

	private volatile String digest;

	RedisRateLimitStore(String redisUrl) {
		this.client = RedisClient.create(redisUrl);
		this.connection = this.client.connect();
		this.digest = this.connection.sync().scriptLoad(SCRIPT);
	}

	@Override
	public Verdict acquire(List<Limit> limits) {
		String[] keys = new String[limits.size()];
		String[] args = new String[limits.size() * 2];
		for (int i = 0; i < limits.size(); i++) {
			Limit limit = limits.get(i);
			keys[i] = limit.key();
			args[2 * i] = Long.toString(Math.max(1, limit.intervalNanos() / 1_000));
			args[2 * i + 1] = Long.toString(limit.period().toNanos() / 1_000);
		}
		List<Long> answer = run(keys, args);
		int exceeded = answer.get(0).intValue();
		return exceeded == 0 ? Verdict.PASSED : new Verdict(exceeded - 1, answer.get(1) * 1_000);
	}

	private List<Long> run(String[] keys, String[] args) {
		RedisCommands<String, String> redis = this.connection.sync();
		try {
			return redis.evalsha(this.digest, ScriptOutputType.MULTI, keys, args);
		}
		catch (RedisNoScriptException ex) {
			// Redis restarted or its scripts were flushed: load it again
			this.digest = redis.scriptLoad(SCRIPT);
			return redis.evalsha(this.digest, ScriptOutputType.MULTI, keys, args);
		}
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
