package de.mitreden.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Staff accounts created in the admin web. */
interface StaffAccountRepository extends Repository<StaffAccountEntity, Long> {

	StaffAccountEntity save(StaffAccountEntity account);

	Optional<StaffAccountEntity> findById(Long id);

	Optional<StaffAccountEntity> findByUsernameIgnoreCase(String username);

	List<StaffAccountEntity> findAllByOrderByUsernameAsc();

}
