// Loads every CRM workspace register so it adds itself to WORKSPACE_REGISTERS, in hub order.
// Keep one import per register.
