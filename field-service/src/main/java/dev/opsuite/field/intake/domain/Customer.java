package dev.opsuite.field.intake.domain;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.support.domain.Enveloped;
import dev.opsuite.support.domain.Result;

/** A customer of the trades business, with the address its technicians drive to. */
public record Customer(Envelope envelope, String name, String phone, String email, ServiceAddress serviceAddress)
        implements Enveloped {

    /** A new customer as the CSR takes it on the phone: trimmed, without an email when none was given. */
    public static Result<Customer> register(Envelope envelope, String name, String phone, String email,
            ServiceAddress serviceAddress) {
        if (phone.chars().noneMatch(Character::isDigit)) {
            return Result.invalid("phone-without-digits", "phone", "A phone number needs digits.");
        }
        return Result.accepted(new Customer(envelope, name.trim(), phone.trim(),
                email == null || email.isBlank() ? null : email.trim(), serviceAddress.trimmed()));
    }
}
