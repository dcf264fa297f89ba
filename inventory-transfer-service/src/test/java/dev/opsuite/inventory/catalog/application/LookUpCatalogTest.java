package dev.opsuite.inventory.catalog.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.application.port.in.LookUpCatalogQuery;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.UpdateProductCommand;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What stock and transfers ask of the catalog: are the places and products a request names there, and in use? */
class LookUpCatalogTest {

    final Inventory inventory = new Inventory();
    final LookUpCatalogQuery catalog = inventory.catalog;

    @Test
    void a_product_out_of_use_is_refused_naming_its_position() {
        UUID cable = inventory.product("CAB-1");
        UUID wire = inventory.product("WIRE-1");
        done(inventory.manageProducts.update(new UpdateProductCommand(MANAGER, wire, null, null, null, null, false)));

        Rejection refused = refused(catalog.productsInUse(TENANT, List.of(cable, wire), i -> "detail[" + i + "].productId"));

        assertThat(refused.code()).isEqualTo("product-inactive");
        assertThat(refused.field()).isEqualTo("detail[1].productId");
        assertThat(refused.kind()).isEqualTo(Rejection.Kind.UNPROCESSABLE);
        assertThat(done(catalog.products(TENANT, List.of(cable, wire)))).containsOnlyKeys(cable, wire);
    }

    @Test
    void locations_are_found_by_part_of_their_name_in_the_callers_business_only() {
        UUID harbour = inventory.warehouse("Harbour store");
        inventory.warehouse("Central");

        assertThat(done(catalog.locationsNamed(TENANT, "HARBOUR"))).containsExactly(harbour);
        assertThat(done(catalog.locationsNamed("globex", "harbour"))).isEmpty();
        assertThat(done(catalog.locationInUse(TENANT, harbour, "originLocationId")).name()).isEqualTo("Harbour store");
    }
}
