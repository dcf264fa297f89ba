package dev.opsuite.console.customers;

/** "Add a place" (another service location of the customer) as typed; inputs named by field-service's JSON paths. */
public record PlaceForm(String label, String line1, String city, String postalCode, String accessNotes) {

    public static PlaceForm empty() {
        return new PlaceForm("", "", "", "", "");
    }

    /** POST /customers/{id}/locations. */
    public record Request(String label, Customers.Address address, String accessNotes) {
    }

    public Request toRequest() {
        return new Request(FormInput.text(label),
                new Customers.Address(FormInput.text(line1), FormInput.text(city), FormInput.text(postalCode)),
                FormInput.text(accessNotes));
    }
}
