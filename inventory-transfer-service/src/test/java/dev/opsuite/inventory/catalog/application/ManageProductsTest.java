package dev.opsuite.inventory.catalog.application;

import static dev.opsuite.inventory.testing.Inventory.MANAGER;
import static dev.opsuite.inventory.testing.Inventory.TENANT;
import static dev.opsuite.testing.fakes.Outcomes.done;
import static dev.opsuite.testing.fakes.Outcomes.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.ProductFilter;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.RegisterProductCommand;
import dev.opsuite.inventory.catalog.application.port.in.ManageProductsUseCase.UpdateProductCommand;
import dev.opsuite.inventory.catalog.domain.Product;
import dev.opsuite.inventory.testing.Inventory;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What is kept in stock: a SKU, a name and a unit (pieces unless said otherwise). */
class ManageProductsTest {

    final Inventory inventory = new Inventory();
    final ManageProductsUseCase products = inventory.manageProducts;

    @Test
    void a_product_is_registered_in_pieces_and_renamed() {
        Product cable = done(products.register(new RegisterProductCommand(MANAGER, "CAB-1", "Cable", null)));

        Product renamed = done(products.update(new UpdateProductCommand(MANAGER, cable.id(), cable.version(), null,
                "Copper cable", "m", null)));

        assertThat(cable.unit()).isEqualTo("pcs");
        assertThat(renamed.name()).isEqualTo("Copper cable");
        assertThat(renamed.unit()).isEqualTo("m");
        assertThat(done(products.search(TENANT, new ProductFilter(true, "copper"), new PageRequest(1, 20, "sku", true)))
                .items()).extracting(Product::id).containsExactly(cable.id());
    }

    @Test
    void a_product_without_a_sku_is_refused_and_an_unknown_one_is_not_found() {
        assertThat(refused(products.register(new RegisterProductCommand(MANAGER, " ", "Cable", null))).code())
                .isEqualTo("blank-sku");
        assertThat(refused(products.update(new UpdateProductCommand(MANAGER, UUID.randomUUID(), null, null, "x", null,
                null))).kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
    }
}
