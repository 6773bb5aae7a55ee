package se.postboxen.kollegan.adapter.redis;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The smallest application that boots the adapter as the bot does: by auto-configuration.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RedisTestApplication {

}
