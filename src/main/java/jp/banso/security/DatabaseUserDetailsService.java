package jp.banso.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // the canonical name only: the column compares bytes, so a look-alike of an account finds nothing
        var c = users.findCredentials(Usernames.canonical(username))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(c.username())
                .password(c.passwordHash())
                .disabled(!c.enabled())
                .authorities(c.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }
}
