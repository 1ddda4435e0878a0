package org.storerecon.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs Spark: test methods and constructors may declare a
 * {@link org.apache.spark.sql.SparkSession} parameter and get the JVM-wide shared local session.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SparkSessionExtension.class)
public @interface SparkTest {}
