package dev.opsuite.testing.shapes.fit.kernel.rest;

public final class Roles { public static final String CLERK = "clerk"; private Roles() {} }
