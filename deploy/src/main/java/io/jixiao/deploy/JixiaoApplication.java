package io.jixiao.deploy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The all-in-one process: command side, query side and (without MONGODB_URI) the embedded store. */
@SpringBootApplication(scanBasePackages = "io.jixiao")
public class JixiaoApplication {
    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
