package dev.opsuite.console.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource that answers without anyone signed in (the sign-in page itself). Every other resource is behind
 * {@link SignInGate}: forgetting an annotation hides a page, it never exposes one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NoSignIn {
}
