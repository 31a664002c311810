package io.certstats.vintage;

import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Runs a read asked for {@code asOf} against the data of that time: in a transaction of its own, V8's
 * {@code vintage_tables} first puts that time's copies of the served tables ahead of the live ones on
 * the search path, so the read's own queries, unchanged, read the past. The copies go with the
 * transaction. A time before any data is a 404 problem.
 */
@Vintaged
@Interceptor
// After Hibernate Validator's check of the read's own parameters (PLATFORM_AFTER + 800): asOf is read once they pass
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class VintageInterceptor {

    @Inject
    Vintages vintages;

    @AroundInvoke
    Object read(InvocationContext invocation) throws Exception {
        // only reads: a write is never run against a copy that its transaction's end drops
        Instant at = invocation.getMethod().isAnnotationPresent(GET.class) ? vintages.requested() : null;
        if (at == null) {
            return invocation.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Number lastChange = (Number) Panache.getEntityManager()
                    .createNativeQuery("select cast(extract(epoch from vintage_tables(:at)) as bigint)")
                    .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).getSingleResult();
            if (lastChange == null) {
                throw new ApiException(ProblemType.NO_VINTAGE, "certstats holds no data as of " + at
                        + ": its history begins later. Ask for a later asOf, or leave it out for the data now.");
            }
            vintages.enter(new Vintage(at, Instant.ofEpochSecond(lastChange.longValue())));
            try {
                return invocation.proceed();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
