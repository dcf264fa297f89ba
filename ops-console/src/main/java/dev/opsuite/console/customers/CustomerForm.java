package dev.opsuite.console.customers;

import java.util.List;

/** The new-customer form as typed; inputs are named by the JSON paths field-service names in its problems. */
public record CustomerForm(String name, String phone, String email, String line1, String city, String postalCode) {

    public static final List<String> FIELDS = List.of("name", "phone", "email", "serviceAddress.line1",
            "serviceAddress.city", "serviceAddress.postalCode");

    public static CustomerForm empty() {
        return new CustomerForm("", "", "", "", "", "");
    }

    /** POST /customers: blanks are left out (null), so the service names what is missing. */
    public record Request(String name, String phone, String email, Customers.Address serviceAddress) {
    }

    public Request toRequest() {
        return new Request(FormInput.text(name), FormInput.text(phone), FormInput.text(email),
                new Customers.Address(FormInput.text(line1), FormInput.text(city), FormInput.text(postalCode)));
    }
}
